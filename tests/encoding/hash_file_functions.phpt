--TEST--
md5_file(), sha1_file(), hash_file() agree with each other
--FILE--
<?php
$m = md5_file(__FILE__);
var_dump(strlen($m), $m === hash_file("md5", __FILE__), sha1_file(__FILE__) === hash_file("sha1", __FILE__));
var_dump(md5_file(__FILE__, true) === hash_file("md5", __FILE__, true), strlen(sha1_file(__FILE__, true)), strlen(hash_file("sha512", __FILE__)));
var_dump(hash_file("crc32b", __FILE__) === hash_file("CRC32B", __FILE__));
--EXPECT--
int(32)
bool(true)
bool(true)
bool(true)
int(20)
int(128)
bool(true)
