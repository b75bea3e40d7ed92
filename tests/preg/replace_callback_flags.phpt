--TEST--
preg: replace callback flags
--FILE--
<?php
echo preg_replace_callback('/(a)(x)?/', fn($m) => json_encode($m), 'ba', -1, $c, PREG_OFFSET_CAPTURE), "\n";
echo preg_replace_callback('/(a)(x)?/', fn($m) => json_encode($m), 'ba', -1, $c, PREG_UNMATCHED_AS_NULL), "\n";
echo preg_replace_callback('/(a)(x)?/', fn($m) => json_encode($m), 'ba', -1, $c, PREG_UNMATCHED_AS_NULL | PREG_OFFSET_CAPTURE), "\n";
echo preg_replace_callback('/(a)(x)?/', fn($m) => json_encode($m), 'ba'), "\n";
--EXPECT--
b[["a",1],["a",1]]
b["a","a",null]
b[["a",1],["a",1],[null,-1]]
b["a","a"]
