--TEST--
exit() inside try does not run finally blocks
--FILE--
<?php
function f() {
    try {
        echo "exiting\n";
        exit(0);
    } finally {
        echo "never\n";
    }
}
try {
    f();
} finally {
    echo "never either\n";
}
--EXPECT--
exiting
