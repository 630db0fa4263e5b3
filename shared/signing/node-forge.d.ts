// The few node-forge calls shared/signing makes (opening PKCS#12 files). Declared here rather than
// installing @types/node-forge, whose `/// <reference types="node" />` would pull Node's typings
// into shared/, which must type-check without them.
declare module 'node-forge' {
  namespace forge {
    namespace asn1 {
      interface Asn1 {
        readonly __asn1: unique symbol;
      }
      function fromDer(bytes: string, strict?: boolean): Asn1;
      function toDer(object: Asn1): util.ByteBuffer;
    }
    namespace util {
      interface ByteBuffer {
        getBytes(): string;
      }
    }
    namespace pki {
      interface RsaPrivateKey {
        n: { toString(radix: number): string };
      }
      interface CertificateField {
        hash: string;
      }
      interface Certificate {
        publicKey: { n?: { toString(radix: number): string } };
        subject: CertificateField;
        issuer: CertificateField;
      }
      function certificateToAsn1(certificate: Certificate): asn1.Asn1;
      function privateKeyToAsn1(key: RsaPrivateKey): asn1.Asn1;
      function wrapRsaPrivateKey(key: asn1.Asn1): asn1.Asn1;
      const oids: Record<string, string>;
    }
    namespace pkcs12 {
      interface Bag {
        type: string;
        key?: pki.RsaPrivateKey | null;
        cert?: pki.Certificate | null;
      }
      interface Pkcs12Pfx {
        getBags(filter: { bagType: string }): Record<string, Bag[] | undefined>;
      }
      function pkcs12FromAsn1(object: asn1.Asn1, strict: boolean, password: string): Pkcs12Pfx;
    }
  }
  export default forge;
}
