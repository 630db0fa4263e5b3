// The one seam between building a signature (shared/signing, runs anywhere) and holding a key
// (a PKCS#12 file opened in memory, or a PKCS#11 USB token reached through the main process).
// Whoever holds the key never sees the PDF: it signs the DER of the CMS signed attributes.

/**
 * A signing key and its certificate chain. RSA-2048 or larger, RSASSA-PKCS1-v1_5 with SHA-256.
 * `signPdf` checks `chain[0]` (validity at the signing time, digitalSignature/nonRepudiation key
 * usage, RSA ≥ 2048) before anything else and then calls `sign` exactly once per signature, so a
 * refused certificate never costs a token PIN prompt.
 */
export interface CmsSigner {
  /** DER certificates: the signer's own first, then its issuers up to (optionally) the root. */
  readonly chain: readonly Uint8Array[];
  /**
   * RSASSA-PKCS1-v1_5 / SHA-256 signature over `data` (the DER encoding of the SignedAttributes
   * SET), i.e. the token hashes `data` itself (CKM_SHA256_RSA_PKCS).
   */
  sign(data: Uint8Array): Promise<Uint8Array>;
}
