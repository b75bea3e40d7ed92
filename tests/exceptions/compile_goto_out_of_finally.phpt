--TEST--
goto out of a finally block is disallowed
--FILE--
<?php
try {
} finally {
    goto out;
}
out:
--EXPECTF--

Fatal error: jump out of a finally block is disallowed in %s on line 4
