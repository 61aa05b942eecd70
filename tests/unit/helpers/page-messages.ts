/** The pages' words (src/lib/i18n/pages/) in every language, for the tests. */
export { de } from '../../../src/lib/i18n/pages/de';
export { en, type PageMessages } from '../../../src/lib/i18n/pages/en';
export { es } from '../../../src/lib/i18n/pages/es';
export { fr } from '../../../src/lib/i18n/pages/fr';
export { it } from '../../../src/lib/i18n/pages/it';
export { nl } from '../../../src/lib/i18n/pages/nl';
export { pl } from '../../../src/lib/i18n/pages/pl';
