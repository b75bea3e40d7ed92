--TEST--
return in a catch clause runs the finally first
--FILE--
<?php
function f() {
    try {
        1 % 0;
    } catch (DivisionByZeroError $e) {
        echo "catch\n";
        return "from catch";
    } finally {
        echo "finally\n";
    }
    return "never";
}
echo f(), "\n";
function g() {
    try {
        1 % 0;
    } catch (DivisionByZeroError $e) {
        return "from catch";
    } finally {
        return "from finally";
    }
}
echo g(), "\n";
--EXPECT--
catch
finally
from catch
from finally
