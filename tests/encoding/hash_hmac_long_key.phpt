--TEST--
hash_hmac() hashes keys longer than the block
--FILE--
<?php
$k = "";
for ($i = 0; $i < 131; $i++) $k .= "\xaa";
var_dump(hash_hmac("sha256", "Test Using Larger Than Block-Size Key - Hash Key First", $k));
var_dump(hash_hmac("sha384", "Test Using Larger Than Block-Size Key - Hash Key First", $k));
var_dump(hash_hmac("md5", "data", $k), hash_hmac("sha1", "data", $k . $k));
--EXPECT--
string(64) "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
string(96) "4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952"
string(32) "150a01c5d62fc50447c4d5580f6a3251"
string(40) "643ba3998340b9e739ce78f16716b8c39772393a"
