--TEST--
error_reporting comes back when an exception leaves an @ expression
--FILE--
<?php
function thrower() {
    echo "inside @: ", error_reporting(), "\n";
    intdiv(1, 0);
}
echo error_reporting(), "\n";
try {
    $x = @thrower();
} catch (DivisionByZeroError $e) {
    echo "caught: ", error_reporting(), "\n";
}
function via_frames() { return @thrower(); }
try {
    via_frames();
} catch (DivisionByZeroError $e) {
    echo "through frames: ", error_reporting(), "\n";
}
echo $undefined_shows_warning;
--EXPECTF--
32767
inside @: 4437
caught: 32767
inside @: 4437
through frames: 32767

Warning: Undefined variable $undefined_shows_warning in %s on line 18
