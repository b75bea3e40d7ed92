--TEST--
declare(strict_types=1) cannot have a body
--FILE--
<?php
declare(ticks=1,
  strict_types=1) {
}
--EXPECTF--

Fatal error: strict_types declaration must not use block mode in %s on line 2
