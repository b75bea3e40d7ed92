--TEST--
"continue" targeting switch is equivalent to "break" compile warning
--FILE--
<?php
echo "start\n";
foreach ([1, 2] as $v) {
    switch ($v) {
        case 1:
            echo "case1 ";
            continue;
        case 2:
            echo "case2 ";
    }
    echo "loop$v ";
}
echo "\n";
--EXPECTF--

Warning: "continue" targeting switch is equivalent to "break". Did you mean to use "continue 2"? in %s on line 7
start
case1 loop1 case2 loop2
