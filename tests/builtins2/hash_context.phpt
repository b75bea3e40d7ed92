--TEST--
hash_init/update/final/copy (HashContext, HMAC), hash_update_file, hash_hmac_file, hash_pbkdf2, hash_hkdf
--FILE--
<?php
$c0 = hash_init("md5"); var_dump($c0); print_r($c0); echo "\n";
foreach (['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'crc32b', 'fnv1a64', 'adler32', 'joaat'] as $algo) {
  $c = hash_init($algo);
  hash_update($c, "The quick brown fox ");
  $d = hash_copy($c);
  hash_update($c, "jumps over the lazy dog");
  var_dump(hash_final($c) === hash($algo, "The quick brown fox jumps over the lazy dog"), hash_final($d));
}
$c = hash_init('sha256', HASH_HMAC, 'secret');
hash_update($c, 'data'); hash_update($c, 'more');
var_dump(hash_final($c), hash_hmac('sha256', 'datamore', 'secret'));
$c = hash_init('md5', HASH_HMAC, str_repeat('k', 100)); hash_update($c, 'x');
var_dump(bin2hex(hash_final($c, true)) === hash_hmac('md5', 'x', str_repeat('k', 100)));
$c = hash_init("md5");
try { new HashContext; } catch (Error $e) { echo $e->getMessage(), "\n"; }
hash_final($c);
foreach (['hash_update' => fn() => hash_update($c, "x"), 'hash_final' => fn() => hash_final($c), 'hash_copy' => fn() => hash_copy($c),
  'init1' => fn() => hash_init("crc32", HASH_HMAC, "k"), 'init2' => fn() => hash_init("md5", HASH_HMAC), 'init3' => fn() => hash_init("nope"),
  'obj' => fn() => hash_update(new stdClass, "x")] as $k => $f) {
  try { $f(); } catch (Error $e) { echo $k, ": ", get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(HASH_HMAC);
var_dump(hash_pbkdf2("sha256", "password", "salt", 1000), hash_pbkdf2("sha256", "password", "salt", 1000, 20), hash_pbkdf2("sha1", "password", "salt", 2, 21), bin2hex(hash_pbkdf2("sha1", "password", "salt", 2, 25, true)), hash_pbkdf2("md5", "p", "s", 1, 0, true) === hex2bin(hash_pbkdf2("md5", "p", "s", 1)), hash_pbkdf2("sha512", "", "", 3, 200));
foreach ([fn() => hash_pbkdf2("crc32", "p", "s", 1), fn() => hash_pbkdf2("md5", "p", "s", 0), fn() => hash_pbkdf2("md5", "p", "s", 1, -1)] as $f) { try { $f(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
var_dump(bin2hex(hash_hkdf("sha256", "0123456789")), bin2hex(hash_hkdf("sha256", "key", 42, "info", "salt")), strlen(hash_hkdf("sha512", "k", 1000)), bin2hex(hash_hkdf("md5", "k", 3)));
foreach ([fn() => hash_hkdf("crc32", "k"), fn() => hash_hkdf("md5", ""), fn() => hash_hkdf("md5", "k", -1), fn() => hash_hkdf("md5", "k", 16 * 255 + 1)] as $f) { try { $f(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$c = hash_init('sha1'); var_dump(hash_update_file($c, __FILE__), hash_final($c) === sha1_file(__FILE__), hash_hmac_file('md5', __FILE__, 'k') === hash_final(hash_init('md5', HASH_HMAC, 'k')) ? 'empty?' : strlen(hash_hmac_file('md5', __FILE__, 'k')));
var_dump(@hash_hmac_file('md5', '/nonexistent/x', 'k'));
--EXPECT--
object(HashContext)#1 (0) {
}
HashContext Object
(
)

bool(true)
string(32) "c4314972a672ded8759cafdca9af3238"
bool(true)
string(40) "3e3436a073e72c5300cdca6ce5c321e49dfc412e"
bool(true)
string(64) "b29d66e56ed90cce9b0165c43fedec612b60a071974d8be4513e18580d55b5bd"
bool(true)
string(128) "55af8ef14b57edd35334323adac3fe07e7f4de338c05877f2cc94a11da5b4291e2d4c10f1ba7e1c01b20648e8c8dde2f3df22aaa3bcbcc888e3796b1118e6679"
bool(true)
string(64) "43bea181e1615d81b358f86793bf5bbe3d9cd32f258ce8e774cc9af39f2c9a1c"
bool(true)
string(8) "88b075e2"
bool(true)
string(16) "83079bd8d58da846"
bool(true)
string(8) "4c620734"
bool(true)
string(8) "d717d9fe"
string(64) "7d75b47b5c2f5e3d31403ff8d1ac4383548c5517e2d3c1d79af9ea18500ae92c"
string(64) "7d75b47b5c2f5e3d31403ff8d1ac4383548c5517e2d3c1d79af9ea18500ae92c"
bool(true)
Call to private HashContext::__construct() from global scope
hash_update: TypeError: hash_update(): Argument #1 ($context) must be a valid, non-finalized HashContext
hash_final: TypeError: hash_final(): Argument #1 ($context) must be a valid, non-finalized HashContext
hash_copy: TypeError: hash_copy(): Argument #1 ($context) must be a valid, non-finalized HashContext
init1: ValueError: hash_init(): Argument #1 ($algo) must be a cryptographic hashing algorithm if HMAC is requested
init2: ValueError: hash_init(): Argument #3 ($key) cannot be empty when HMAC is requested
init3: ValueError: hash_init(): Argument #1 ($algo) must be a valid hashing algorithm
obj: TypeError: hash_update(): Argument #1 ($context) must be of type HashContext, stdClass given
int(1)
string(64) "632c2812e46d4604102ba7618e9d6d7d2f8128f6266b4a03264d2a0460b7dcb3"
string(20) "632c2812e46d4604102b"
string(21) "ea6c014dc72d6f8ccd1ed"
string(50) "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957cae9313626"
bool(true)
string(200) "ba78a2c18fe1f3cfffaba0f93ccf85fc342edf2c34ff439f928c464fe04ee9c43d6516594282bf31d9b80ba31d67e6d076cc2e45ba2d5c9d6bca44f288940c5de7c09eb3ab01040d6e0d974f69ba934bef7d8998a1c7c274e20e3bd7ba46396672d2de86"
ValueError: hash_pbkdf2(): Argument #1 ($algo) must be a valid cryptographic hashing algorithm
ValueError: hash_pbkdf2(): Argument #4 ($iterations) must be greater than 0
ValueError: hash_pbkdf2(): Argument #5 ($length) must be greater than or equal to 0
string(64) "bc2cfe60c5511e08f8e7116c71e87114627164b06222fed5a3e14e2ac895e5f7"
string(84) "9ca0d662557439e3b83365f2da4626d35da195c6d9d1779f09838cf9e408966ece99106e2585ace6f083"
int(1000)
string(6) "05797e"
ValueError: hash_hkdf(): Argument #1 ($algo) must be a valid cryptographic hashing algorithm
ValueError: hash_hkdf(): Argument #2 ($key) cannot be empty
ValueError: hash_hkdf(): Argument #3 ($length) must be greater than or equal to 0
ValueError: hash_hkdf(): Argument #3 ($length) must be less than or equal to 4080
bool(true)
bool(true)
int(32)
bool(false)
