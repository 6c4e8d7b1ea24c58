package org.fellowflow.notification;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outbox for admins (/admin/** and /api/admin/** are admin-only): what was sent, what failed and why,
 * and, in the embedded default without a mail server, the captured messages themselves.
 */
@Controller
class OutboxController {

    private final NotificationRepository outbox;
    private final MailComposer composer;

    OutboxController(NotificationRepository outbox, MailComposer composer) {
        this.outbox = outbox;
        this.composer = composer;
    }

    @GetMapping("/admin/outbox")
    @Transactional(readOnly = true)
    String page(Model model) {
        model.addAttribute("rows", rows(null));
        model.addAttribute("counts", counts());
        return "admin/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    @Transactional(readOnly = true)
    String message(@PathVariable Long id, Model model) {
        Notification notification = outbox.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No notification " + id));
        model.addAttribute("row", OutboxView.of(notification));
        model.addAttribute("mail", composer.compose(notification));
        return "admin/outbox-message";
    }

    @GetMapping(path = "/api/admin/notifications", produces = "application/json")
    @ResponseBody
    @Transactional(readOnly = true)
    List<OutboxView> rows(@RequestParam(required = false) String status) {
        return outbox.findTop200ByOrderByIdDesc().stream()
                .filter(n -> status == null || n.status().name().equalsIgnoreCase(status))
                .map(OutboxView::of).toList();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (Notification.Status status : Notification.Status.values()) {
            counts.put(status.name(), outbox.countByStatus(status));
        }
        return counts;
    }
}
