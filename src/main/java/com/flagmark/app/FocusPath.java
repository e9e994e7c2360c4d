package com.flagmark.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Where the keyboard is in a window, as the child indices from its root down to the focused
 * node, so that a window built anew in another language, laid out as the old one was, can put
 * the keyboard in the same place.
 */
final class FocusPath {

    private FocusPath() {
    }

    /** Returns the path from {@code root} down to {@code focused}; empty when it is not inside the root. */
    static Optional<List<Integer>> of(Parent root, Node focused) {
        List<Integer> path = new ArrayList<>();
        Node node = focused;
        while (node != null && node != root) {
            Parent parent = node.getParent();
            if (parent == null) {
                return Optional.empty();
            }
            path.add(parent.getChildrenUnmodifiable().indexOf(node));
            node = parent;
        }
        if (node == null) {
            return Optional.empty();
        }
        Collections.reverse(path);
        return Optional.of(path);
    }

    /** Returns the node at {@code path} below {@code root}, if there is one and it can take the keyboard. */
    static Optional<Node> find(Parent root, List<Integer> path) {
        Node node = root;
        for (int index : path) {
            if (!(node instanceof Parent parent) || index < 0 || index >= parent.getChildrenUnmodifiable().size()) {
                return Optional.empty();
            }
            node = parent.getChildrenUnmodifiable().get(index);
        }
        return node.isFocusTraversable() && !node.isDisabled() && node.isVisible() ? Optional.of(node) : Optional.empty();
    }
}
