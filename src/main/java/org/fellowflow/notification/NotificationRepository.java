package org.fellowflow.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByEventKey(String eventKey);

    List<Notification> findByApplicationReferenceOrderById(String applicationReference);
}
