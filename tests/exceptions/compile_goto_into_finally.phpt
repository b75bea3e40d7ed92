--TEST--
goto into a finally block is disallowed
--FILE--
<?php
goto inside;
try {
} finally {
    inside:
    echo "x";
}
--EXPECTF--

Fatal error: jump into a finally block is disallowed in %s on line 2
