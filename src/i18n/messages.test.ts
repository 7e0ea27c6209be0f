import { describe, expect, it } from 'vitest';
import { translatorFor } from './messages.js';

describe('translated messages', () => {
  it('chooses the plural form from the number and shows it formatted for the language', () => {
    expect(translatorFor('en').t('sangam-directory-count', 1)).toBe('1 person found');
    expect(translatorFor('en').t('sangam-directory-count', 1234)).toBe('1,234 people found');
    const bn = translatorFor('bn').t('sangam-directory-count', 1234);
    expect(bn).toContain('১,২৩৪');
    // Arabic has distinct forms for one and for many.
    expect(translatorFor('ar').t('sangam-directory-count', 1)).not.toContain('١');
    expect(translatorFor('ar').t('sangam-directory-count', 1234)).toMatch(/1,234|١٬٢٣٤/); // CLDR's digits for Arabic
    expect(translatorFor('ar').t('sangam-directory-count', 1234)).not.toBe(translatorFor('ar').t('sangam-directory-count', 1));
  });

  it('shows special characters that the message syntax would otherwise take', () => {
    expect(translatorFor('en').t('sangam-error-username')).toBe('A username cannot contain # < > [ ] | { } / @ or :.');
  });
});
