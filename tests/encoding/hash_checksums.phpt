--TEST--
hash() checksums: crc32 (bzip2, little-endian), crc32b, crc32c, adler32, fnv, joaat
--FILE--
<?php
foreach (["", "a", "The quick brown fox", "123456789"] as $s) {
    foreach (["crc32", "crc32b", "crc32c", "adler32", "fnv132", "fnv1a32", "fnv164", "fnv1a64", "joaat"] as $a) {
        echo $a, "(", $s, ") = ", hash($a, $s), "\n";
    }
}
--EXPECT--
crc32() = 00000000
crc32b() = 00000000
crc32c() = 00000000
adler32() = 00000001
fnv132() = 811c9dc5
fnv1a32() = 811c9dc5
fnv164() = cbf29ce484222325
fnv1a64() = cbf29ce484222325
joaat() = 00000000
crc32(a) = 6b9b9319
crc32b(a) = e8b7be43
crc32c(a) = c1d04330
adler32(a) = 00620062
fnv132(a) = 050c5d7e
fnv1a32(a) = e40c292c
fnv164(a) = af63bd4c8601b7be
fnv1a64(a) = af63dc4c8601ec8c
joaat(a) = ca2e9442
crc32(The quick brown fox) = 4c1c7a15
crc32b(The quick brown fox) = b74574de
crc32c(The quick brown fox) = 537e5cf4
adler32(The quick brown fox) = 452e0714
fnv132(The quick brown fox) = cb423604
fnv1a32(The quick brown fox) = ae4d67e2
fnv164(The quick brown fox) = 54b3b0bed86ce184
fnv1a64(The quick brown fox) = 2374316b9b449782
joaat(The quick brown fox) = 43cf4eff
crc32(123456789) = 181989fc
crc32b(123456789) = cbf43926
crc32c(123456789) = e3069283
adler32(123456789) = 091e01de
fnv132(123456789) = 24148816
fnv1a32(123456789) = bb86b11c
fnv164(123456789) = a72ffc362bf916d6
fnv1a64(123456789) = 06d5573923c6cdfc
joaat(123456789) = c66b58c5
