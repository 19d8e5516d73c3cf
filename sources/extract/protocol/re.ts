/** Every protocol pattern is matched case-insensitively and with Unicode classes (\p{L}). */
export const re = (source: string, flags = 'iu'): RegExp => new RegExp(source, flags);

/** Capital letters of Russian and Kazakh names, and a name word / initials built from them. */
const CAPITAL = 'A-ZА-ЯЁӘҒҚҢӨҰҮҺІ';
export const NAME_WORD = `[${CAPITAL}][\\p{L}'’-]*`;
export const INITIALS = `[${CAPITAL}]\\.(?:\\s?[${CAPITAL}]\\.?)?`;
