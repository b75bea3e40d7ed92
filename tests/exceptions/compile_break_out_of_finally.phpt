--TEST--
break out of a finally block is disallowed
--FILE--
<?php
echo "never\n";
foreach ([1] as $x) {
    try {
    } finally {
        break;
    }
}
--EXPECTF--

Fatal error: jump out of a finally block is disallowed in %s on line 6
