--TEST--
hash() raw binary output lengths
--FILE--
<?php
foreach (["md5", "sha1", "sha256", "sha512", "sha3-256", "crc32b", "fnv164"] as $a) {
    var_dump(strlen(hash($a, "data", true)), strlen(hash($a, "data")));
}
--EXPECT--
int(16)
int(32)
int(20)
int(40)
int(32)
int(64)
int(64)
int(128)
int(32)
int(64)
int(4)
int(8)
int(8)
int(16)
