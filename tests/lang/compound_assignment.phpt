--TEST--
all compound assignment operators
--FILE--
<?php
$a = 10; $a += 5; var_dump($a);
$a -= 3; var_dump($a);
$a *= 2; var_dump($a);
$a /= 4; var_dump($a);
$a = 17; $a %= 5; var_dump($a);
$a **= 3; var_dump($a);
$a = 6; $a &= 3; var_dump($a);
$a |= 8; var_dump($a);
$a ^= 1; var_dump($a);
$a <<= 2; var_dump($a);
$a >>= 1; var_dump($a);
$s = "ab"; $s .= "cd"; $s .= 5; var_dump($s);
$i = 7; $i /= 7; var_dump($i);
--EXPECT--
int(15)
int(12)
int(24)
int(6)
int(2)
int(8)
int(2)
int(10)
int(11)
int(44)
int(22)
string(5) "abcd5"
int(1)
