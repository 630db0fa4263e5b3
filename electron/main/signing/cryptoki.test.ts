// The PKCS#11 numbers written out in cryptoki.ts are the ones pkcs11js (and every token) uses.
import pkcs11js from 'pkcs11js';
import { describe, expect, it } from 'vitest';
import { ck, pkcs11ReturnValue } from './cryptoki';

describe('the PKCS#11 constants', () => {
  it.each(Object.entries(ck))('%s matches pkcs11js', (name, value) => {
    expect(value).toBe((pkcs11js as unknown as Record<string, number>)[name]);
  });

  it('reads the CKR value from a pkcs11js error', () => {
    expect(pkcs11ReturnValue(new pkcs11js.Pkcs11Error('CKR_PIN_INCORRECT:160', 160, 'C_Login'))).toBe(ck.CKR_PIN_INCORRECT);
    expect(pkcs11ReturnValue(new Error('dlopen failed'))).toBeUndefined();
  });
});
