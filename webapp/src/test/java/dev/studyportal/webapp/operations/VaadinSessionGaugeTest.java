package dev.studyportal.webapp.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.SessionDestroyListener;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.SessionInitListener;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class VaadinSessionGaugeTest {

    @Test
    void the_gauge_rises_with_each_new_session_and_falls_when_one_ends() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        VaadinSessionGauge gauge = new VaadinSessionGauge(registry);
        VaadinService service = mock(VaadinService.class);
        gauge.serviceInit(new ServiceInitEvent(service));
        ArgumentCaptor<SessionInitListener> inits = ArgumentCaptor.forClass(SessionInitListener.class);
        ArgumentCaptor<SessionDestroyListener> destroys = ArgumentCaptor.forClass(SessionDestroyListener.class);
        verify(service).addSessionInitListener(inits.capture());
        verify(service).addSessionDestroyListener(destroys.capture());
        VaadinSession first = mock(VaadinSession.class);
        VaadinSession second = mock(VaadinSession.class);

        inits.getValue().sessionInit(new SessionInitEvent(service, first, mock(VaadinRequest.class)));
        inits.getValue().sessionInit(new SessionInitEvent(service, second, mock(VaadinRequest.class)));
        assertThat(registry.get(VaadinSessionGauge.METRIC).gauge().value()).isEqualTo(2);

        destroys.getValue().sessionDestroy(new SessionDestroyEvent(service, first));
        assertThat(registry.get(VaadinSessionGauge.METRIC).gauge().value()).isEqualTo(1);
    }
}
