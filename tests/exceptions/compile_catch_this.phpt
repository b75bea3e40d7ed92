--TEST--
the catch variable cannot be $this
--FILE--
<?php
try {
} catch (Exception $this) {
}
--EXPECTF--

Fatal error: Cannot re-assign $this in %s on line 3
