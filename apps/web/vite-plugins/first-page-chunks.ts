// How the build cuts the JavaScript into files, for the first visit's sake. Left to itself, the bundler
// splits the code the entry loads statically into some 40 files, by which later pages share each piece;
// a first visit downloads all of them anyway, and compressed one by one they weigh more than together
// (each file compresses without the others' words, and each names what it takes from the others):
// 15 KB gzip more on the landing page. So everything the entry loads statically goes into one file.
// Its stylesheet then starts with vuetify/styles, as main.ts imports it (index.html also names
// Vuetify's layers first, so their order never depends on how the files are cut).

// the entry's own module stays in the entry file, which the HTML names and the manifest lists
const entry = /(?:^|\/)index\.html$|\/src\/main\.ts$/;

// What every form loads (the first page's login form among them): Vuetify's text field with its field,
// input, validation and form, and the app's form components, in one file rather than a dozen.
const formStack = new RegExp(
  [
    '/vuetify/lib/components/(VForm|VTextField|VField|VInput|VLabel|VCounter|VMessages)/',
    '/vuetify/lib/composables/(rules/rules|focus|form|validation|autocomplete|autofocus|forwardRefs)\\.js$',
    '/apps/web/src/components/forms/',
    '/apps/web/src/composables/(use-form|use-error-text|error-texts)\\.ts$',
    '/packages/contract/src/errors/field-errors\\.ts$',
  ].join('|'),
);

export const firstPageChunks = {
  groups: [
    { name: 'app', tags: ['$initial' as const], test: (id: string) => !entry.test(id), priority: 2 },
    { name: 'forms', test: formStack, priority: 1 },
  ],
};
