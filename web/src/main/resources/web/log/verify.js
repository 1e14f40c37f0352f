/*
 * BRICS Hub log verification in the browser, with no dependency and no trust in the server: checks that an entry is
 * in the verifiable log, under a checkpoint signed by the log's key (and cosigned by witnesses).
 *   - C2SP signed-note: Ed25519 signature lines, key ID = SHA-256(name || "\n" || 0x01 || key)[0:4]
 *   - C2SP tlog-checkpoint: origin, tree size, base64 root hash
 *   - C2SP tlog-cosignature: cosignature/v1 signatures (key type 0x04) over "cosignature/v1\ntime <t>\n" + body
 *   - RFC 9162 §2.1.3.2: root from an inclusion proof
 * Uses WebCrypto (Ed25519, SHA-256), which needs a secure context (HTTPS or localhost).
 * API: BricsHubLog.verifyInclusion({checkpoint, logKey, witnessKeys, quorum, entry, index, hashes}) resolves to
 * {verified: true, size, origin} or {verified: false, reason}.
 */
(function (global) {
  'use strict';
  var subtle = global.crypto && global.crypto.subtle;
  var utf8 = new TextEncoder();

  function b64(s) {
    var bin = atob(s), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function concat() {
    var n = 0, i, parts = Array.prototype.slice.call(arguments);
    for (i = 0; i < parts.length; i++) n += parts[i].length;
    var out = new Uint8Array(n), at = 0;
    for (i = 0; i < parts.length; i++) { out.set(parts[i], at); at += parts[i].length; }
    return out;
  }
  function equal(a, b) {
    if (a.length !== b.length) return false;
    var d = 0;
    for (var i = 0; i < a.length; i++) d |= a[i] ^ b[i];
    return d === 0;
  }
  function sha256(bytes) {
    return subtle.digest('SHA-256', bytes).then(function (h) { return new Uint8Array(h); });
  }
  function fail(reason) { return { verified: false, reason: reason }; }

  /** "name+hexid+base64(type || key)" -> {name, id, type, key} */
  function parseVerifierKey(vkey) {
    // name+hexid+base64: the base64 may itself contain '+', so cut at the first two only
    var m = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+\/]+=*)$/.exec(vkey);
    if (!m) throw new Error('malformed verifier key');
    var parts = m.slice(1), raw = b64(parts[2]);
    if (raw.length !== 33 || (raw[0] !== 0x01 && raw[0] !== 0x04)) throw new Error('unsupported verifier key type');
    return { name: parts[0], id: parseInt(parts[1], 16) >>> 0, type: raw[0], raw: raw, key: raw.slice(1) };
  }

  function keyIdMatches(vk) {
    return sha256(concat(utf8.encode(vk.name + '\n'), vk.raw)).then(function (h) {
      return (((h[0] << 24) | (h[1] << 16) | (h[2] << 8) | h[3]) >>> 0) === vk.id;
    });
  }

  /** Signed note -> {text, signatures: [{name, id, sig}]}; the text ends with a newline (C2SP signed-note). */
  function parseNote(note) {
    var split = note.lastIndexOf('\n\n');
    if (split < 0 || note.charAt(note.length - 1) !== '\n') throw new Error('malformed signed note');
    var text = note.slice(0, split + 1), sigs = [];
    note.slice(split + 2, note.length - 1).split('\n').forEach(function (line) {
      var m = /^\u2014 (\S+) (\S+)$/.exec(line);
      if (!m) throw new Error('malformed signature line');
      var raw = b64(m[2]);
      if (raw.length < 5) throw new Error('short signature');
      sigs.push({ name: m[1], id: ((raw[0] << 24) | (raw[1] << 16) | (raw[2] << 8) | raw[3]) >>> 0,
        sig: raw.slice(4) });
    });
    return { text: text, signatures: sigs };
  }

  function verifySignature(vk, note) {
    var candidates = note.signatures.filter(function (s) { return s.name === vk.name && s.id === vk.id; });
    if (candidates.length === 0) return Promise.resolve(false);
    return Promise.all([keyIdMatches(vk), subtle.importKey('raw', vk.key, { name: 'Ed25519' }, false, ['verify'])])
      .then(function (r) {
        if (!r[0]) return false;
        return Promise.all(candidates.map(function (s) {
          var message = utf8.encode(note.text), sig = s.sig;
          if (vk.type === 0x04) { // cosignature/v1: 8-byte big-endian timestamp, then the signature
            if (sig.length !== 72) return false;
            var t = 0;
            for (var i = 0; i < 8; i++) t = t * 256 + sig[i];
            message = concat(utf8.encode('cosignature/v1\ntime ' + t + '\n'), message);
            sig = sig.slice(8);
          }
          return subtle.verify('Ed25519', r[1], sig, message);
        })).then(function (results) { return results.indexOf(true) >= 0; });
      });
  }

  function parseCheckpoint(text) {
    var lines = text.split('\n');
    if (lines.length < 4 || !/^[0-9]+$/.test(lines[1])) throw new Error('malformed checkpoint');
    var root = b64(lines[2]);
    if (root.length !== 32) throw new Error('malformed checkpoint root');
    return { origin: lines[0], size: Number(lines[1]), root: root };
  }

  /** RFC 9162 §2.1.3.2: the root implied by a leaf hash and its inclusion proof, or null if the proof is malformed. */
  function rootFromInclusion(index, size, leafHash, hashes) {
    if (index >= size) return Promise.resolve(null);
    var fn = index, sn = size - 1, r = leafHash, i = 0;
    function step() {
      if (i === hashes.length) return Promise.resolve(sn === 0 ? r : null);
      if (sn === 0) return Promise.resolve(null);
      var p = hashes[i++], next;
      if ((fn & 1) === 1 || fn === sn) {
        next = sha256(concat(new Uint8Array([1]), p, r));
        if ((fn & 1) === 0) { while ((fn & 1) === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); } }
      } else {
        next = sha256(concat(new Uint8Array([1]), r, p));
      }
      fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
      return next.then(function (h) { r = h; return step(); });
    }
    return step();
  }

  function verifyInclusion(args) {
    if (!subtle) return Promise.resolve(fail('WebCrypto is not available (a secure context is needed)'));
    var note, checkpoint, logKey, witnesses;
    try {
      note = parseNote(args.checkpoint);
      checkpoint = parseCheckpoint(note.text);
      logKey = parseVerifierKey(args.logKey);
      witnesses = (args.witnessKeys || []).map(parseVerifierKey);
    } catch (e) {
      return Promise.resolve(fail(e.message));
    }
    if (logKey.name !== checkpoint.origin) return Promise.resolve(fail('log key does not match the checkpoint origin'));
    var entry = typeof args.entry === 'string' ? b64(args.entry) : args.entry;
    var hashes = args.hashes.map(b64);
    return verifySignature(logKey, note).then(function (signed) {
      if (!signed) return fail('checkpoint not signed by the log key');
      return Promise.all(witnesses.map(function (w) { return verifySignature(w, note); })).then(function (cos) {
        var count = cos.filter(Boolean).length;
        if (count < (args.quorum || 0)) return fail('only ' + count + ' witness cosignatures, ' + args.quorum + ' required');
        return sha256(concat(new Uint8Array([0]), entry)).then(function (leaf) {
          return rootFromInclusion(args.index, checkpoint.size, leaf, hashes);
        }).then(function (root) {
          if (root === null || !equal(root, checkpoint.root)) return fail('entry is not in the log at this checkpoint');
          return { verified: true, size: checkpoint.size, origin: checkpoint.origin, cosignatures: count };
        });
      });
    }, function (e) { return fail('signature check failed: ' + e.message); });
  }

  global.BricsHubLog = { verifyInclusion: verifyInclusion, parseVerifierKey: parseVerifierKey };
})(typeof window !== 'undefined' ? window : globalThis);
