--TEST--
alphanumeric string increment: a, Az, zz, a9, Zz, z9
--FILE--
<?php
foreach (["a", "z", "Az", "zz", "a9", "Zz", "z9", "A99", "9z", "aZ9", "-", "a-z"] as $s) {
    $o = $s;
    $s++;
    echo "$o -> $s\n";
}
$d = "a"; $d--; var_dump($d);
--EXPECT--
a -> b
z -> aa
Az -> Ba
zz -> aaa
a9 -> b0
Zz -> AAa
z9 -> aa0
A99 -> B00
9z -> 10a
aZ9 -> bA0
- -> -
a-z -> a-a
string(1) "a"
