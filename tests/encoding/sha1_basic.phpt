--TEST--
sha1() of known vectors and raw output
--FILE--
<?php
foreach (["", "abc", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "The quick brown fox jumps over the lazy dog"] as $s) {
    echo sha1($s), "\n";
}
var_dump(strlen(sha1("abc", true)), sha1("abc", true) === hash("sha1", "abc", true));
--EXPECT--
da39a3ee5e6b4b0d3255bfef95601890afd80709
a9993e364706816aba3e25717850c26c9cd0d89d
84983e441c3bd26ebaae4aa1f95129e5e54670f1
2fd4e1c67a2d28fced849ee1bb76e7391b93eb12
int(20)
bool(true)
