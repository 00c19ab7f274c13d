// Sealing and opening protected share links with the browser's own Web
// Crypto: PBKDF2-HMAC-SHA256 and AES-256-GCM run natively and
// asynchronously, so deriving the key never freezes the page. The result
// is byte for byte what the native code (src/domain/records/agreement/share_link.rs)
// makes: AES-GCM output is the ciphertext followed by the 16-byte tag.

async function keyFor(passphrase, salt, rounds) {
  const base = await crypto.subtle.importKey(
    "raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", salt, iterations: rounds, hash: "SHA-256" },
    base, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
}

export async function sealBytes(passphrase, salt, nonce, aad, rounds, data) {
  const key = await keyFor(passphrase, salt, rounds);
  const out = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv: nonce, additionalData: aad, tagLength: 128 }, key, data);
  return new Uint8Array(out);
}

// Resolves to the plain bytes, or null when the passphrase is wrong (or
// the data was altered: AES-GCM cannot tell the two apart).
export async function openBytes(passphrase, salt, nonce, aad, rounds, sealed) {
  const key = await keyFor(passphrase, salt, rounds);
  try {
    const out = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: nonce, additionalData: aad, tagLength: 128 }, key, sealed);
    return new Uint8Array(out);
  } catch (e) {
    return null;
  }
}
