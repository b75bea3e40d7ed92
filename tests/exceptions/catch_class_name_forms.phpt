--TEST--
class names in catch: any case, leading backslash
--FILE--
<?php
try {
    intdiv(1, 0);
} catch (\DivisionByZeroError $e) {
    echo "fully qualified\n";
}
try {
    intdiv(1, 0);
} catch (divisionbyzeroerror $e) {
    echo "lower case\n";
}
try {
    strlen([]);
} catch (\THROWABLE $e) {
    echo "upper case Throwable\n";
}
--EXPECT--
fully qualified
lower case
upper case Throwable
