--TEST--
the (real) cast is removed
--FILE--
<?php
echo ( Real )1;
--EXPECTF--

Parse error: The (real) cast has been removed, use (float) instead in %s on line 2
