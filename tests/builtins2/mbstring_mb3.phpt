--TEST--
mbstring additions (mb3): mb_convert_case in every mode
--INI--
extension=mbstring
--FILE--
<?php
$s = "hello WORLD, it's a 1st-rate día.über ß ǆemal ŉ o'neil x_y a.b c/d éTÉ";
for ($m = 0; $m <= 7; $m++) var_dump(mb_convert_case($s, $m));
try { mb_convert_case("a", 8); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(MB_CASE_UPPER, MB_CASE_LOWER, MB_CASE_TITLE, MB_CASE_FOLD, MB_CASE_UPPER_SIMPLE, MB_CASE_LOWER_SIMPLE, MB_CASE_TITLE_SIMPLE, MB_CASE_FOLD_SIMPLE);
--EXPECT--
string(78) "HELLO WORLD, IT'S A 1ST-RATE DÍA.ÜBER SS ǄEMAL ʼN O'NEIL X_Y A.B C/D ÉTÉ"
string(77) "hello world, it's a 1st-rate día.über ß ǆemal ŉ o'neil x_y a.b c/d été"
string(78) "Hello World, It's A 1St-Rate Día.über Ss ǅemal ʼN O'neil X_Y A.b C/D Été"
string(78) "hello world, it's a 1st-rate día.über ss ǆemal ʼn o'neil x_y a.b c/d été"
string(77) "HELLO WORLD, IT'S A 1ST-RATE DÍA.ÜBER ß ǄEMAL ŉ O'NEIL X_Y A.B C/D ÉTÉ"
string(77) "hello world, it's a 1st-rate día.über ß ǆemal ŉ o'neil x_y a.b c/d été"
string(77) "Hello World, It's A 1St-Rate Día.über ß ǅemal ŉ O'neil X_Y A.b C/D Été"
string(77) "hello world, it's a 1st-rate día.über ß ǆemal ŉ o'neil x_y a.b c/d été"
mb_convert_case(): Argument #2 ($mode) must be one of the MB_CASE_* constants
int(0)
int(1)
int(2)
int(3)
int(4)
int(5)
int(6)
int(7)
