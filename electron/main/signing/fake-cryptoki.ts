// A PKCS#11 library in memory, for the token service's unit tests: tokens that can be pulled out,
// PINs with a retry counter that locks, and a record of every call the service made.
import { ck, type Attribute, type Cryptoki, type Handle } from './cryptoki';

export type FakeObject = { class: number; id: Buffer; label: string; value?: Buffer; private?: boolean };
export type FakeToken = {
  serial: string;
  label: string;
  pin: string;
  initialized?: boolean;
  /** Wrong PINs left before the token locks itself. */
  triesLeft?: number;
  objects: FakeObject[];
};

const pkcs11Error = (code: number) => Object.assign(new Error(`CKR 0x${code.toString(16)}`), { code });
const handle = (n: number) => Buffer.from([n]);

export function createFakeCryptoki(tokens: FakeToken[]) {
  const slots = tokens.map((token, index) => ({ handle: handle(index + 1), token: token as FakeToken | null }));
  const sessions = new Map<number, { slot: (typeof slots)[number]; loggedIn: boolean }>();
  const calls: string[] = [];
  let nextSession = 100;
  let signing = false;

  const sessionOf = (session: Handle) => {
    const entry = sessions.get(session[0]!);
    if (!entry) throw pkcs11Error(ck.CKR_SESSION_HANDLE_INVALID);
    if (!entry.slot.token) throw pkcs11Error(ck.CKR_DEVICE_REMOVED);
    return { entry, token: entry.slot.token };
  };
  const matches = (object: FakeObject, template: Attribute[]) =>
    template.every(({ type, value }) =>
      type === ck.CKA_CLASS ? object.class === value : type === ck.CKA_ID ? object.id.equals(value as Buffer) : type === ck.CKA_LABEL ? object.label === value : false,
    );

  const cryptoki: Cryptoki = {
    getSlotList: () => slots.filter((slot) => slot.token).map((slot) => slot.handle),
    getTokenInfo(slot) {
      const token = slots.find((candidate) => candidate.handle.equals(slot))?.token;
      if (!token) throw pkcs11Error(ck.CKR_TOKEN_NOT_PRESENT);
      const flags = (token.initialized === false ? 0 : ck.CKF_TOKEN_INITIALIZED) | (token.triesLeft === 0 ? ck.CKF_USER_PIN_LOCKED : 0);
      return { label: token.label.padEnd(32), serialNumber: token.serial.padEnd(16), manufacturerID: 'VNPT-CA'.padEnd(32), model: 'ePass2003'.padEnd(16), flags };
    },
    openSession(slotHandle) {
      const slot = slots.find((candidate) => candidate.handle.equals(slotHandle));
      if (!slot?.token) throw pkcs11Error(ck.CKR_TOKEN_NOT_PRESENT);
      const id = nextSession++;
      sessions.set(id, { slot, loggedIn: false });
      calls.push(`open ${slot.token.serial}`);
      return handle(id);
    },
    closeSession(session) {
      calls.push('close');
      sessions.delete(session[0]!);
    },
    login(session, pin) {
      const { entry, token } = sessionOf(session);
      calls.push(`login ${token.serial}`);
      if (token.triesLeft === 0) throw pkcs11Error(ck.CKR_PIN_LOCKED);
      if (pin !== token.pin) {
        if (token.triesLeft !== undefined) token.triesLeft -= 1;
        throw pkcs11Error(ck.CKR_PIN_INCORRECT);
      }
      entry.loggedIn = true;
    },
    logout(session) {
      const { entry } = sessionOf(session);
      calls.push('logout');
      entry.loggedIn = false;
    },
    findObjects(session, template, max) {
      const { entry, token } = sessionOf(session);
      return token.objects
        .map((object, index) => ({ object, index }))
        .filter(({ object }) => (entry.loggedIn || !object.private) && matches(object, template))
        .slice(0, max)
        .map(({ index }) => handle(index));
    },
    getAttributes(session, object, types) {
      const { token } = sessionOf(session);
      const found = token.objects[object[0]!]!;
      const values = new Map<number, Buffer>();
      for (const type of types) {
        if (type === ck.CKA_ID) values.set(type, found.id);
        if (type === ck.CKA_LABEL) values.set(type, Buffer.from(found.label));
        if (type === ck.CKA_VALUE && found.value) values.set(type, found.value);
      }
      return values;
    },
    async signSha256RsaPkcs(session, key, data) {
      const { entry } = sessionOf(session);
      if (!entry.loggedIn) throw pkcs11Error(ck.CKR_USER_NOT_LOGGED_IN);
      if (signing) throw new Error('CKR_OPERATION_ACTIVE: two signatures at once on one session');
      signing = true;
      calls.push('sign');
      await new Promise((resolve) => setTimeout(resolve, 5));
      signing = false;
      if (!entry.slot.token) throw pkcs11Error(ck.CKR_DEVICE_REMOVED);
      return Buffer.concat([Buffer.from('sig:'), key, data]);
    },
    finalize: () => void calls.push('finalize'),
  };

  return {
    cryptoki,
    calls,
    /** The officer pulls the token out of its slot: its sessions die with it. */
    unplug(serial: string) {
      const index = tokens.findIndex((token) => token.serial === serial);
      if (index >= 0) slots[index]!.token = null;
    },
    /** ...and plugs it back in: a new insertion, with no session or login carried over. */
    plugIn(serial: string) {
      const index = tokens.findIndex((token) => token.serial === serial);
      if (index >= 0) slots[index]!.token = tokens[index]!;
    },
  };
}
