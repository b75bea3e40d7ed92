--TEST--
hash() of a 300 KB string
--FILE--
<?php
$s = "";
for ($i = 0; $i < 100000; $i++) $s .= "abc";
echo md5($s), "\n", sha1($s), "\n", hash("sha512", $s), "\n", hash("crc32b", $s), "\n", crc32($s), "\n";
--EXPECT--
738099772b5a9e6727a93949be623917
bbfec7b9ef29840479ea99cc0e25cc8c285ea303
c3c3cd25dfd39aac4693ee8624f19067100ec3d2e455beadb2a3236a46713297212a9ec4312ca62c7b39b77f5fb932fd5b2c81acd2b56a00a8599b190b9ec9c3
71e2a0ac
1910677676
