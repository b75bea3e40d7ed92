--TEST--
inline HTML before, between and after php blocks is echoed verbatim
--FILE--
Header line
<?php echo "A"; ?>
middle <?php echo "B"; ?> text
<?php
echo "C\n";
?>
Footer
--EXPECT--
Header line
Amiddle B text
C
Footer
