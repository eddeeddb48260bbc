// A name from the API (an audit action such as `support.user.throttle.lift`) as one message key: its
// dots as underscores, since vue-i18n reads a dot in a key as a step into a nested message.
export const messageKey = (name: string) => name.replaceAll('.', '_');
