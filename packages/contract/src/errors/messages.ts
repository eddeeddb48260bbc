import { transliterateCyrillicToLatin, type Locale } from '../i18n/index.js';
import type { ErrorCode } from './codes.js';
import type { FieldErrorCode } from './field-errors.js';

/** The locales whose words are written by hand; sr-Latn is transliterated from sr-Cyrl. */
type SourceLocale = Exclude<Locale, 'sr-Latn'>;

const errorSource: Record<SourceLocale, Record<ErrorCode, string>> = {
  'sr-Cyrl': {
    BAD_REQUEST: 'Захтев није исправан.',
    VALIDATION_FAILED: 'Неки подаци нису исправни. Проверите означена поља.',
    UNAUTHORIZED: 'Потребно је да се пријавите.',
    FORBIDDEN: 'Немате дозволу за ову радњу.',
    NOT_FOUND: 'Тражени садржај није пронађен.',
    CONFLICT: 'Захтев није могуће извршити јер је у сукобу са постојећим подацима.',
    PAYLOAD_TOO_LARGE: 'Послати подаци су превелики.',
    URI_TOO_LONG: 'Адреса захтева је предугачка.',
    HEADERS_TOO_LARGE: 'Заглавља захтева су превелика. Обришите колачиће овог сајта па покушајте поново.',
    REQUEST_TIMEOUT: 'Захтев није стигао на време. Покушајте поново.',
    UNSUPPORTED_MEDIA_TYPE: 'Формат послатих података није подржан.',
    RATE_LIMITED: 'Превише захтева. Покушајте поново за неколико тренутака.',
    INTERNAL: 'Дошло је до неочекиване грешке. Покушајте поново касније.',
    SERVICE_UNAVAILABLE: 'Услуга је накратко недоступна. Покушајте поново за неколико тренутака.',
    INVALID_CREDENTIALS: 'Корисничко име или лозинка нису исправни.',
    EMAIL_NOT_VERIFIED: 'Адреса е-поште још није потврђена. Унесите код који смо вам послали.',
    VERIFICATION_FAILED: 'Код није исправан или је истекао. Затражите нови код.',
    CAPTCHA_FAILED: 'Провера да нисте робот није успела. Покушајте поново.',
    SESSION_EXPIRED: 'Сесија је истекла. Пријавите се поново.',
    LOGIN_THROTTLED: 'Превише неуспелих покушаја пријаве. Сачекајте мало па покушајте поново.',
    CONTRACT_NOT_MATCHED:
      'Подаци које сте унели не одговарају ниједном уговору. Проверите наплатни број и идентификационе бројеве.',
    CONTRACT_ALREADY_LINKED: 'Овај уговор је већ повезан са вашим налогом.',
    LINK_ATTEMPTS_EXCEEDED: 'Превише неуспелих покушаја повезивања уговора. Покушајте поново касније.',
    PAYMENT_NOT_POSSIBLE:
      'Изабране рачуне није могуће платити овако: неки је већ плаћен или је износ већи од дуга. Освежите страницу и покушајте поново.',
    PAYMENT_MORE_THAN_OWED:
      'Износ је већи од онога што сада дугујете за изабране рачуне и камату и остали дуг: дуг се у међувремену смањио. Ништа није наплаћено; освежите страницу и покушајте поново.',
    PAYMENT_GATEWAY_UNAVAILABLE:
      'Сервис за плаћање картицом тренутно не одговара. Ништа није наплаћено; покушајте поново касније или платите IPS QR кодом.',
    IMPORT_QUEUE_UNAVAILABLE:
      'Увоз из регионалних система овде не ради као посао у позадини. Покрените га командом pnpm billing:import.',
    PAYMENT_ORDER_OPEN:
      'За неке од ових рачуна већ је започето плаћање картицом које још није завршено. Наставите то плаћање или га откажите, па покушајте поново, да рачун не бисте платили двапут.',
    PAYMENT_ORDER_NOT_CANCELLABLE:
      'Ово плаћање више није могуће отказати: већ је плаћено или банка о њему још одлучује.',
    MFA_CODE_INVALID: 'Код није исправан, већ је искоришћен или је застарео. Унесите нови код из апликације.',
    MFA_TOKEN_EXPIRED:
      'Пријава је трајала предуго или је било превише погрешних кодова. Пријавите се поново лозинком.',
    MFA_ALREADY_ENABLED:
      'Двофакторска пријава је већ укључена. Искључите је ако желите да повежете другу апликацију.',
    MFA_ENROLMENT_NOT_STARTED: 'Укључивање двофакторске пријаве није започето. Почните испочетка.',
    MFA_NOT_ENABLED: 'Двофакторска пријава није укључена.',
    MFA_ENROLMENT_REQUIRED:
      'Запослени се пријављују у два корака. Прво укључите двофакторску пријаву апликацијом за кодове.',
    SUPPORT_ACCESS_INVALID:
      'Увид у налог корисника је истекао или не постоји. Отворите нови увид, уз разлог.',
    SUPPORT_ACCESS_READ_ONLY: 'Увид у налог корисника служи само за читање: уплате и измене нису могуће.',
    NO_PORTAL_ACCOUNT: 'Купац нема налог на порталу, па нема страница које би се могле погледати.',
    ACCOUNT_DISABLED: 'Овај налог је искључен. Обратите се корисничкој подршци.',
    EMAIL_ALREADY_VERIFIED: 'Адреса е-поште овог налога је већ потврђена.',
    OWN_ACCOUNT_NOT_ALLOWED: 'Сопствени налог не можете искључити. То може други супервизор.',
    STAFF_ACCOUNT_TAKEN: 'Корисничко име или адреса е-поште већ припада неком налогу.',
    UNSUBSCRIBE_LINK_INVALID:
      'Веза за одјаву није исправна. Ове поруке е-поштом можете искључити у подешавањима налога.',
    READING_REFUSED: 'Ово очитавање није могуће прихватити. Проверите датум и стања бројила.',
    READING_NEEDS_CONFIRMATION:
      'Очитавање је много веће од очекиване потрошње. Проверите стања и потврдите ако су тачна.',
    COMPLAINT_ATTACHMENT_TYPE: 'Прилог може бити само фотографија (JPEG, PNG) или PDF документ.',
    COMPLAINT_ATTACHMENT_TOO_LARGE:
      'Прилог је превелик или прилога има превише: највише 5 датотека, до 5 MB свака.',
    COMPLAINT_STEP_NOT_ALLOWED: 'Овај корак није могућ у тренутном стању приговора.',
  },
  en: {
    BAD_REQUEST: 'The request is not valid.',
    VALIDATION_FAILED: 'Some of the data is not valid. Please check the highlighted fields.',
    UNAUTHORIZED: 'Please sign in to continue.',
    FORBIDDEN: 'You do not have permission to do this.',
    NOT_FOUND: 'The requested item was not found.',
    CONFLICT: 'The request cannot be completed because it conflicts with existing data.',
    PAYLOAD_TOO_LARGE: 'The data sent is too large.',
    URI_TOO_LONG: 'The address of the request is too long.',
    HEADERS_TOO_LARGE: "The request's headers are too large. Clear this site's cookies and try again.",
    REQUEST_TIMEOUT: 'The request did not arrive in time. Please try again.',
    UNSUPPORTED_MEDIA_TYPE: 'The format of the data sent is not supported.',
    RATE_LIMITED: 'Too many requests. Please try again in a moment.',
    INTERNAL: 'An unexpected error occurred. Please try again later.',
    SERVICE_UNAVAILABLE: 'The service is briefly unavailable. Please try again in a few moments.',
    INVALID_CREDENTIALS: 'The username or password is not correct.',
    EMAIL_NOT_VERIFIED: 'Your e-mail address is not confirmed yet. Enter the code we sent you.',
    VERIFICATION_FAILED: 'The code is not valid or has expired. Ask for a new code.',
    CAPTCHA_FAILED: 'The check that you are not a robot failed. Please try again.',
    SESSION_EXPIRED: 'Your session has ended. Please log in again.',
    LOGIN_THROTTLED: 'Too many failed logins. Please wait a little and try again.',
    CONTRACT_NOT_MATCHED:
      'The data you entered does not match any contract. Check the billing number and the identification numbers.',
    CONTRACT_ALREADY_LINKED: 'This contract is already linked to your account.',
    LINK_ATTEMPTS_EXCEEDED: 'Too many failed attempts to link a contract. Please try again later.',
    PAYMENT_NOT_POSSIBLE:
      'The chosen bills cannot be paid this way: one is already paid or the amount is more than what is owed. Refresh the page and try again.',
    PAYMENT_MORE_THAN_OWED:
      'The amount is more than what you owe now on the chosen bills and the interest and other debt: the debt went down meanwhile. Nothing was charged; refresh the page and try again.',
    PAYMENT_GATEWAY_UNAVAILABLE:
      'The card payment service is not answering. Nothing was charged; please try again later or pay with the IPS QR code.',
    IMPORT_QUEUE_UNAVAILABLE:
      'The regional import does not run as a background job here. Run it with the command pnpm billing:import.',
    PAYMENT_ORDER_OPEN:
      'A card payment for some of these bills has already been started and is not finished. Continue that payment or cancel it, then try again, so that no bill is paid twice.',
    PAYMENT_ORDER_NOT_CANCELLABLE:
      'This payment can no longer be cancelled: it has been paid, or the bank is still deciding on it.',
    MFA_CODE_INVALID:
      'The code is not correct, was already used or is too old. Enter a new code from the app.',
    MFA_TOKEN_EXPIRED:
      'The login took too long or there were too many wrong codes. Please log in again with your password.',
    MFA_ALREADY_ENABLED: 'Two-factor login is already on. Turn it off if you want to link another app.',
    MFA_ENROLMENT_NOT_STARTED: 'Turning two-factor login on was not started. Please start again.',
    MFA_NOT_ENABLED: 'Two-factor login is not on.',
    MFA_ENROLMENT_REQUIRED:
      'Staff log in with two factors. Turn two-factor login on with an authenticator app first.',
    SUPPORT_ACCESS_INVALID:
      "The view of the customer's account has ended or does not exist. Open a new one, with a reason.",
    SUPPORT_ACCESS_READ_ONLY: "The view of a customer's account is read-only: no payments or changes.",
    NO_PORTAL_ACCOUNT: 'The customer has no portal account, so there are no pages of theirs to view.',
    ACCOUNT_DISABLED: 'This account has been disabled. Please contact customer support.',
    EMAIL_ALREADY_VERIFIED: "This account's e-mail address is already confirmed.",
    OWN_ACCOUNT_NOT_ALLOWED: 'You cannot disable your own account. Another supervisor can.',
    STAFF_ACCOUNT_TAKEN: 'The username or e-mail address already belongs to an account.',
    UNSUBSCRIBE_LINK_INVALID:
      'The unsubscribe link is not valid. You can turn these e-mails off in your account settings.',
    READING_REFUSED: 'This reading cannot be accepted. Check the date and the register values.',
    READING_NEEDS_CONFIRMATION:
      'The reading is far above the expected consumption. Check the values and confirm them if they are right.',
    COMPLAINT_ATTACHMENT_TYPE: 'An attachment can only be a photo (JPEG, PNG) or a PDF document.',
    COMPLAINT_ATTACHMENT_TOO_LARGE:
      'An attachment is too large or there are too many: at most 5 files of up to 5 MB each.',
    COMPLAINT_STEP_NOT_ALLOWED: 'This step is not possible in the complaint’s current state.',
  },
};

const fieldSource: Record<SourceLocale, Record<FieldErrorCode, string>> = {
  'sr-Cyrl': {
    required: 'Ово поље је обавезно.',
    invalid: 'Вредност није исправна.',
    invalid_type: 'Вредност није одговарајућег типа.',
    invalid_format: 'Вредност није у исправном формату.',
    invalid_characters: 'Вредност садржи контролне знакове, који нису дозвољени.',
    invalid_value: 'Ова вредност није дозвољена.',
    invalid_checksum: 'Контролна цифра није исправна.',
    invalid_date: 'Датум у овом броју не постоји.',
    too_short: 'Најмањи дозвољени број знакова: {minimum}.',
    too_long: 'Највећи дозвољени број знакова: {maximum}.',
    too_small: 'Најмања дозвољена вредност је {minimum}.',
    too_big: 'Највећа дозвољена вредност је {maximum}.',
    too_few: 'Најмањи број ставки: {minimum}.',
    too_many: 'Највећи број ставки: {maximum}.',
    unrecognized_keys: 'Непозната поља: {keys}.',
    weak_password: 'Лозинка не испуњава правила.',
    consent_required: 'Потребна је ваша сагласност.',
    wrong_password: 'Лозинка није тачна.',
    same_as_current: 'Ово је већ ваша тренутна вредност.',
  },
  en: {
    required: 'This field is required.',
    invalid: 'The value is not valid.',
    invalid_type: 'The value has the wrong type.',
    invalid_format: 'The value is not in the correct format.',
    invalid_characters: 'The value contains control characters, which are not allowed.',
    invalid_value: 'This value is not allowed.',
    invalid_checksum: 'The check digit is not correct.',
    invalid_date: 'The date in this number does not exist.',
    too_short: 'Minimum number of characters: {minimum}.',
    too_long: 'Maximum number of characters: {maximum}.',
    too_small: 'The smallest allowed value is {minimum}.',
    too_big: 'The largest allowed value is {maximum}.',
    too_few: 'Minimum number of items: {minimum}.',
    too_many: 'Maximum number of items: {maximum}.',
    unrecognized_keys: 'Unknown fields: {keys}.',
    weak_password: 'The password does not meet the rules.',
    consent_required: 'Your consent is required.',
    wrong_password: 'The password is not correct.',
    same_as_current: 'This is already your current value.',
  },
};

function withLatin<K extends string>(
  source: Record<SourceLocale, Record<K, string>>,
): Record<Locale, Record<K, string>> {
  const cyrillic = source['sr-Cyrl'];
  const latin = Object.fromEntries(
    Object.entries<string>(cyrillic).map(([key, text]) => [key, transliterateCyrillicToLatin(text)]),
  ) as Record<K, string>;
  return { 'sr-Cyrl': cyrillic, 'sr-Latn': latin, en: source.en };
}

/** The title of every error code in every locale; the API and the SPA show the same words. */
export const errorMessages: Readonly<Record<Locale, Readonly<Record<ErrorCode, string>>>> =
  withLatin(errorSource);

/** The message of every field error code in every locale, with `{placeholders}`. */
export const fieldErrorMessages: Readonly<Record<Locale, Readonly<Record<FieldErrorCode, string>>>> =
  withLatin(fieldSource);

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return errorMessages[locale][code];
}

export type MessageParams = Readonly<Record<string, string | number | bigint | boolean>>;

/** A field error's message with its `{placeholders}` filled; unknown placeholders are left as written. */
export function fieldErrorMessage(code: FieldErrorCode, locale: Locale, params: MessageParams = {}): string {
  return fieldErrorMessages[locale][code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
