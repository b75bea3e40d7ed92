--TEST--
?> swallows exactly one directly following newline
--FILE--
<?php echo "a" ?>
<?php echo "b" ?>

<?php echo "c" ?>  
<?php echo "d";
--EXPECT--
ab
c  
d
