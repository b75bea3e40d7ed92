--TEST--
nested @ and @ around a finally-protected call are restored
--FILE--
<?php
function thrower() { strlen([]); }
try {
    @(@thrower());
} catch (TypeError $e) {
    echo "nested: ", error_reporting(), "\n";
}
function protected_call() {
    try {
        return @thrower();
    } finally {
        echo "finally sees: ", error_reporting(), "\n";
    }
}
try {
    protected_call();
} catch (TypeError $e) {
    echo "after: ", error_reporting(), "\n";
}
error_reporting(E_ALL & ~E_NOTICE);
try {
    @thrower();
} catch (TypeError $e) {
    echo "custom level kept: ", error_reporting(), "\n";
}
--EXPECT--
nested: 32767
finally sees: 32767
after: 32767
custom level kept: 32759
