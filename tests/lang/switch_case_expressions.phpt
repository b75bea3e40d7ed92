--TEST--
switch case labels may be arbitrary expressions evaluated in order
--FILE--
<?php
function c($x) { echo "[eval $x]"; return $x; }
switch (3) {
    case c(1): echo "one"; break;
    case c(1 + 2): echo "three"; break;
    case c(5): echo "five"; break;
}
echo "\n";
switch (true) {
    case 5 > 10: echo "no"; break;
    case 5 > 1: echo "yes"; break;
}
echo "\n";
--EXPECT--
[eval 1][eval 3]three
yes
