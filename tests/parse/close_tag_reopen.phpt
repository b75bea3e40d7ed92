--TEST--
errors after ?> ... <?php keep the right line
--FILE--
<?php
echo 1;
?>
html
<?php
echo 2
?>
<?php
echo 3;
--EXPECTF--
1html
23
