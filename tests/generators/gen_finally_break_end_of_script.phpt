--TEST--
finally runs when an unfinished generator is destroyed at script end
--FILE--
<?php
function g() {
    try {
        echo "start\n";
        yield 1;
        yield 2;
    } finally {
        echo "cleanup\n";
    }
}
$gen = g();
foreach ($gen as $v) { echo $v, "\n"; break; }
echo "end of script\n";
--EXPECT--
start
1
end of script
cleanup
