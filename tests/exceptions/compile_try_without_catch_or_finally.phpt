--TEST--
try alone is a compile error
--FILE--
<?php
echo "never\n";
try {
    echo "x";
}
--EXPECTF--

Fatal error: Cannot use try without catch or finally in %s on line 3
