--TEST--
hash_hmac() (RFC 2202 / RFC 4231 style vectors)
--FILE--
<?php
var_dump(hash_hmac("md5", "what do ya want for nothing?", "Jefe"));
var_dump(hash_hmac("sha1", "what do ya want for nothing?", "Jefe"));
var_dump(hash_hmac("sha256", "what do ya want for nothing?", "Jefe"));
var_dump(hash_hmac("sha512", "what do ya want for nothing?", "Jefe"));
var_dump(hash_hmac("sha3-256", "what do ya want for nothing?", "Jefe"));
var_dump(hash_hmac("sha256", "", ""), strlen(hash_hmac("sha256", "x", "k", true)));
--EXPECT--
string(32) "750c783e6ab0b503eaa86e310a5db738"
string(40) "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
string(64) "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
string(128) "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"
string(64) "c7d4072e788877ae3596bbb0da73b887c9171f93095b294ae857fbe2645e1ba5"
string(64) "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"
int(32)
