--TEST--
<?= echoes expressions, including a comma-separated list
--FILE--
<?= "one" ?>
<?= 1 + 2, "-", "x" ?>
<?php $v = "val"; ?>[<?= $v ?>]
--EXPECT--
one3-x[val]
