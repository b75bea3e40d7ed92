--TEST--
?> terminates the last statement like a semicolon
--FILE--
<?php echo "x" ?><?php echo "y", "\n" ?>
<?php $a = 5 ?>
<?php echo $a + 1 ?>
--EXPECT--
xy
6
