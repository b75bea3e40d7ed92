--TEST--
the ctype_* functions on strings
--INI--
extension=ctype
--FILE--
<?php
foreach (["abc", "ABC", "aBc1", "123", "12.5", " \t\n", "!?", "\x01", "ff0A", "", "a b"] as $s) {
    echo bin2hex($s), ":";
    foreach (["alnum", "alpha", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "xdigit"] as $c)
        echo " $c=", ("ctype_$c")($s) ? 1 : 0;
    echo "\n";
}
--EXPECT--
616263: alnum=1 alpha=1 cntrl=0 digit=0 graph=1 lower=1 print=1 punct=0 space=0 upper=0 xdigit=1
414243: alnum=1 alpha=1 cntrl=0 digit=0 graph=1 lower=0 print=1 punct=0 space=0 upper=1 xdigit=1
61426331: alnum=1 alpha=0 cntrl=0 digit=0 graph=1 lower=0 print=1 punct=0 space=0 upper=0 xdigit=1
313233: alnum=1 alpha=0 cntrl=0 digit=1 graph=1 lower=0 print=1 punct=0 space=0 upper=0 xdigit=1
31322e35: alnum=0 alpha=0 cntrl=0 digit=0 graph=1 lower=0 print=1 punct=0 space=0 upper=0 xdigit=0
20090a: alnum=0 alpha=0 cntrl=0 digit=0 graph=0 lower=0 print=0 punct=0 space=1 upper=0 xdigit=0
213f: alnum=0 alpha=0 cntrl=0 digit=0 graph=1 lower=0 print=1 punct=1 space=0 upper=0 xdigit=0
01: alnum=0 alpha=0 cntrl=1 digit=0 graph=0 lower=0 print=0 punct=0 space=0 upper=0 xdigit=0
66663041: alnum=1 alpha=0 cntrl=0 digit=0 graph=1 lower=0 print=1 punct=0 space=0 upper=0 xdigit=1
: alnum=0 alpha=0 cntrl=0 digit=0 graph=0 lower=0 print=0 punct=0 space=0 upper=0 xdigit=0
612062: alnum=0 alpha=0 cntrl=0 digit=0 graph=0 lower=0 print=1 punct=0 space=0 upper=0 xdigit=0
