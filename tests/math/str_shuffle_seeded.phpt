--TEST--
str_shuffle() draws from the seeded Mt19937 generator
--FILE--
<?php
mt_srand(1);
var_dump(str_shuffle("abcdefghij"), str_shuffle("abcdefghij"), str_shuffle(""), str_shuffle("x"), str_shuffle("ab"));
mt_srand(1, MT_RAND_PHP);
var_dump(str_shuffle("0123456789abcdef"));
mt_srand(2);
var_dump(str_shuffle("hello world"), mt_rand());
--EXPECT--
string(10) "aichgbdejf"
string(10) "iheadgfbjc"
string(0) ""
string(1) "x"
string(2) "ba"
string(16) "dcb062a35f8e1479"
string(11) "lew ldohrol"
int(709388625)
