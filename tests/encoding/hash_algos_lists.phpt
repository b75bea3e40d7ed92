--TEST--
hash_algos() and hash_hmac_algos() contain the common algorithms
--FILE--
<?php
foreach (["md5", "sha1", "sha256", "sha512", "crc32b", "sha3-256"] as $a) {
    $in = false; $inh = false;
    foreach (hash_algos() as $x) if ($x === $a) $in = true;
    foreach (hash_hmac_algos() as $x) if ($x === $a) $inh = true;
    var_dump($in, $inh);
}
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
