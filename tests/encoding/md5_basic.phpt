--TEST--
md5() of known vectors (RFC 1321 test suite)
--FILE--
<?php
foreach (["", "a", "abc", "message digest", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "12345678901234567890123456789012345678901234567890123456789012345678901234567890"] as $s) {
    echo md5($s), "\n";
}
var_dump(md5(123), md5(1.5), md5(true));
--EXPECT--
d41d8cd98f00b204e9800998ecf8427e
0cc175b9c0f1b6a831c399e269772661
900150983cd24fb0d6963f7d28e17f72
f96b697d7cb7938d525a2f31aaf161d0
c3fcd3d76192e4007dfb496cca67e13b
d174ab98d277d9f5a5611c2c9f419d9f
57edf4a22be3c955ac49da2e2107b67a
string(32) "202cb962ac59075b964b07152d234b70"
string(32) "6008647277c4454cecd97d33c069f0ca"
string(32) "c4ca4238a0b923820dcc509a6f75849b"
