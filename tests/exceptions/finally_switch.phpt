--TEST--
break inside a switch in a try stays in the switch; break out of a try in a switch runs finally
--FILE--
<?php
try {
    switch (2) {
        case 2:
            echo "case 2\n";
            break;
    }
    echo "after switch\n";
} finally {
    echo "finally\n";
}
switch ("x") {
    case "x":
        try {
            echo "in try\n";
            break;
        } finally {
            echo "finally before leaving the switch\n";
        }
        echo "never\n";
}
echo "end\n";
--EXPECT--
case 2
after switch
finally
in try
finally before leaving the switch
end
